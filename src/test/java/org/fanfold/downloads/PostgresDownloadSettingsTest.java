package org.fanfold.downloads;

import org.fanfold.testing.PostgresTest;

@PostgresTest
class PostgresDownloadSettingsTest extends DownloadSettingsContract {}

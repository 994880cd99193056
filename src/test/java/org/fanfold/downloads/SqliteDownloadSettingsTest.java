package org.fanfold.downloads;

import org.fanfold.testing.SqliteTest;

@SqliteTest
class SqliteDownloadSettingsTest extends DownloadSettingsContract {}

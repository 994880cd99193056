package org.fanfold;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void featureModulesOnlyUseEachOthersPublicApis() {
        ApplicationModules.of(FanfoldApplication.class).verify();
    }
}

package org.fanfold.browse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * AO3's menu pages: {@code /menu/fandoms}, where the header's "Fandoms" leads, lists what its drop-down lists ("All
 * Fandoms", each medium, "Uncategorized Fandoms"), for whoever follows the heading rather than opening the menu (a
 * touch screen, a screen reader, a browser without the hover).
 */
@Controller
class MenuController {

    private final FandomMenu fandoms;

    MenuController(FandomMenu fandoms) {
        this.fandoms = fandoms;
    }

    @GetMapping("/menu/fandoms")
    String fandoms(Model model) {
        model.addAttribute("menu", fandoms.menu());
        return "browse/menu";
    }
}

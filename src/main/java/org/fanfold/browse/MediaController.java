package org.fanfold.browse;

import org.fanfold.shared.Viewer;
import org.fanfold.tags.MediaTags;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * AO3's Fandoms pages: {@code /media} (every medium with its most popular fandoms), {@code /media/{medium}/fandoms}
 * (all of a medium's fandoms by letter, each with its works), and {@code /fandoms}, which asks for a medium first.
 */
@Controller
class MediaController {

    private final FandomDirectory directory;

    MediaController(FandomDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/media")
    String index(Viewer viewer, Model model) {
        FandomDirectory.Media media = directory.media(viewer);
        model.addAttribute("media", media.media());
        model.addAttribute("mutedFandoms", media.mutedFandoms());
        return "browse/media";
    }

    /** A medium's own address leads to its fandoms, as on AO3. */
    @GetMapping("/media/{medium}")
    String medium(@PathVariable String medium) {
        return "redirect:" + MediaTags.fandomsUrl(directory.medium(medium).name());
    }

    @GetMapping("/media/{medium}/fandoms")
    String fandoms(@PathVariable String medium, Viewer viewer, Model model) {
        FandomDirectory.Named named = directory.medium(medium);
        model.addAttribute("medium", named.name());
        FandomDirectory.Fandoms fandoms = directory.fandoms(named, viewer);
        model.addAttribute("letters", fandoms.letters());
        model.addAttribute("muted", fandoms.muted());
        return "browse/fandoms";
    }

    /** AO3 lists fandoms by medium only: without one ({@code media_id}), the media to choose from. */
    @GetMapping("/fandoms")
    String fandoms(@RequestParam(name = "media_id", required = false) @Nullable String medium) {
        if (medium == null || medium.isBlank()) return "redirect:/media";
        return "redirect:" + MediaTags.fandomsUrl(directory.medium(medium).name());
    }
}

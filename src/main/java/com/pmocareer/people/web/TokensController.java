package com.pmocareer.people.web;

import com.pmocareer.people.ApiTokens;
import com.pmocareer.platform.CurrentUser;
import com.pmocareer.shared.InvalidInputException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user's own API tokens: mint (shown once), list, revoke. */
@Controller
class TokensController {

    private final ApiTokens tokens;

    TokensController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/tokens")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("tokens", tokens.list(user));
        return "people/tokens";
    }

    @PostMapping("/tokens")
    String mint(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String name,
            @RequestParam(required = false) Integer expiresInDays, Model model) {
        try {
            model.addAttribute("minted", tokens.mint(user, name, expiresInDays));
        } catch (InvalidInputException refused) {
            model.addAttribute("mintError", refused.problems().get(0).field() + " " + refused.problems().get(0).message());
        }
        return list(user, model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(user, id);
        redirect.addFlashAttribute("success", "The token was revoked; scripts using it can no longer sign in.");
        return "redirect:/tokens";
    }
}

package com.pmocareer.platform.web;

import com.pmocareer.platform.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(@AuthenticationPrincipal CurrentUser user) {
        return user != null ? "redirect:/" : "platform/login";
    }
}

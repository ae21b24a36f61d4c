package org.cooplog.console.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Where signing out ends, after the identity service has ended its session too: open to anyone. */
@Controller
class SignedOutPage {

    @GetMapping("/signed-out")
    String signedOut() {
        return "signed-out";
    }
}

package com.pmocareer.platform;

import java.util.Optional;

/** Turns a raw bearer token into the user it was minted for; implemented by the module that keeps accounts. */
public interface ApiTokenVerifier {

    Optional<CurrentUser> verify(String rawToken);
}

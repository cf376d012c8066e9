package com.pmocareer.platform.security;

import com.pmocareer.platform.SignInLockouts;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;

/** Wraps password checking with the lockout rule, for the sign-in form and HTTP Basic alike. */
class LockoutAuthenticationProvider implements AuthenticationProvider {

    static final String LOCKED_MESSAGE = "Too many failed sign-ins with this e-mail: sign-in is locked for a while.";

    private final AuthenticationProvider passwordCheck;
    private final SignInLockouts attempts;

    LockoutAuthenticationProvider(AuthenticationProvider passwordCheck, SignInLockouts attempts) {
        this.passwordCheck = passwordCheck;
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        if (attempts.isLocked(username)) {
            throw new LockedException(LOCKED_MESSAGE);
        }
        try {
            Authentication result = passwordCheck.authenticate(authentication);
            attempts.recordSuccess(username);
            return result;
        } catch (BadCredentialsException wrongPassword) {
            attempts.recordFailure(username);
            if (attempts.isLocked(username)) {
                throw new LockedException(LOCKED_MESSAGE);
            }
            throw wrongPassword;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }
}

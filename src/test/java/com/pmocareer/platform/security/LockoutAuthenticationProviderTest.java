package com.pmocareer.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.pmocareer.platform.SignInLockouts;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

class LockoutAuthenticationProviderTest {

    final AuthenticationProvider passwordCheck = mock(AuthenticationProvider.class);
    final SignInLockouts lockouts = mock(SignInLockouts.class);
    final LockoutAuthenticationProvider provider = new LockoutAuthenticationProvider(passwordCheck, lockouts);
    final UsernamePasswordAuthenticationToken attempt =
            UsernamePasswordAuthenticationToken.unauthenticated("liam@example.com", "secret");

    @Test
    void aLockedNameIsRefusedWithoutEvenCheckingThePassword() {
        when(lockouts.isLocked("liam@example.com")).thenReturn(true);

        assertThatThrownBy(() -> provider.authenticate(attempt)).isInstanceOf(LockedException.class);
        verify(passwordCheck, never()).authenticate(attempt);
    }

    @Test
    void aWrongPasswordCountsAsAFailure() {
        when(passwordCheck.authenticate(attempt)).thenThrow(new BadCredentialsException("bad"));

        assertThatThrownBy(() -> provider.authenticate(attempt)).isInstanceOf(BadCredentialsException.class);
        verify(lockouts).recordFailure("liam@example.com");
    }

    @Test
    void theFailureThatReachesTheLimitAnswersLockedAtOnce() {
        when(passwordCheck.authenticate(attempt)).thenThrow(new BadCredentialsException("bad"));
        when(lockouts.isLocked("liam@example.com")).thenReturn(false, true);

        assertThatThrownBy(() -> provider.authenticate(attempt)).isInstanceOf(LockedException.class);
    }

    @Test
    void aSuccessClearsTheFailures() {
        var signedIn = UsernamePasswordAuthenticationToken.authenticated("liam@example.com", null, java.util.List.of());
        when(passwordCheck.authenticate(attempt)).thenReturn(signedIn);

        assertThat(provider.authenticate(attempt)).isSameAs(signedIn);
        verify(lockouts).recordSuccess("liam@example.com");
    }
}

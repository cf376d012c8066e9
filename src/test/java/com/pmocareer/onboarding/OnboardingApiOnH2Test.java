package com.pmocareer.onboarding;

import com.pmocareer.support.OnH2;

@OnH2
class OnboardingApiOnH2Test extends OnboardingApiContract {
}

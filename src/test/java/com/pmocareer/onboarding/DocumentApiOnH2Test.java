package com.pmocareer.onboarding;

import com.pmocareer.support.OnH2;

@OnH2
class DocumentApiOnH2Test extends DocumentApiContract {
}

package com.pmocareer.platform;

import com.pmocareer.support.OnH2;

@OnH2
class SignInAndPagesOnH2Test extends SignInAndPagesContract {
}

package com.pmocareer.people;

import com.pmocareer.support.OnH2;

@OnH2
class AccessApiOnH2Test extends AccessApiContract {
}

package com.pmocareer.experience;

import com.pmocareer.support.OnH2;

@OnH2
class ImportApiOnH2Test extends ImportApiContract {
}

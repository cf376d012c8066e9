package com.pmocareer.experience;

import com.pmocareer.support.OnH2;

@OnH2
class ExperienceApiOnH2Test extends ExperienceApiContract {
}

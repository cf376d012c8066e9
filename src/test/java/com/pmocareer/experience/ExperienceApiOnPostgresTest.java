package com.pmocareer.experience;

import com.pmocareer.support.OnPostgres;

@OnPostgres
class ExperienceApiOnPostgresTest extends ExperienceApiContract {
}

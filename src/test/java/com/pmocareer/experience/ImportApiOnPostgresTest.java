package com.pmocareer.experience;

import com.pmocareer.support.OnPostgres;

@OnPostgres
class ImportApiOnPostgresTest extends ImportApiContract {
}

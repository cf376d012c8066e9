package com.pmocareer.notification;

import com.pmocareer.support.OnPostgres;

@OnPostgres
class NotificationApiOnPostgresTest extends NotificationApiContract {
}

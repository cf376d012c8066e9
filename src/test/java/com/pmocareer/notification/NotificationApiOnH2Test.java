package com.pmocareer.notification;

import com.pmocareer.support.OnH2;

@OnH2
class NotificationApiOnH2Test extends NotificationApiContract {
}

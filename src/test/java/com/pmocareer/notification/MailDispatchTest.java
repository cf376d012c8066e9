package com.pmocareer.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.pmocareer.support.RunningApplication;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * E-mail through a real SMTP server (GreenMail): immediate notifications as one message each, daily ones as one
 * digest per person, none for kinds a person switched off, and nothing sent twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:pmo-mail;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "pmo.mail.enabled=true", "pmo.mail.from=PMO-Career <pmo@pmo.example>", "pmo.base-url=https://career.pmo.example"})
@ActiveProfiles("test")
class MailDispatchTest extends RunningApplication {

    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @Autowired
    Notifications notifications;
    @Autowired
    MailDispatch dispatch;

    List<MimeMessage> messagesTo(String email) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> {
            try {
                return message.getRecipients(Message.RecipientType.TO)[0].toString().contains(email);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    NewNotification notification(long person, NotificationKind kind, String title, String body) {
        return new NewNotification(person, kind, title, body, "/people/" + person + "/onboarding", UUID.randomUUID().toString());
    }

    @Test
    void anImmediateNotificationIsMailedOnceWithItsLink() throws Exception {
        String email = newJuniorWithPassword("long-enough-pw-1");
        long person = personId(email);
        api.put("/api/v1/notifications/preferences", email, "{\"ONBOARDING_TASK_OVERDUE\":\"IMMEDIATE\"}");
        notifications.send(notification(person, NotificationKind.ONBOARDING_TASK_OVERDUE, "2 onboarding tasks are overdue",
                "Jira access with the PMO project permissions\nGit read access"));

        dispatch.sendImmediate();
        dispatch.sendImmediate();

        var received = messagesTo(email);
        assertThat(received).hasSize(1);
        MimeMessage message = received.get(0);
        assertThat(message.getSubject()).isEqualTo("2 onboarding tasks are overdue");
        assertThat(message.getFrom()[0].toString()).contains("pmo@pmo.example");
        String text = (String) message.getContent();
        assertThat(text).contains("Jira access with the PMO project permissions")
                .contains("https://career.pmo.example/people/" + person + "/onboarding")
                .contains("https://career.pmo.example/notifications/preferences");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE person_id = :p AND mailed_at IS NULL")
                .param("p", person).query(Long.class).single()).isZero();
    }

    @Test
    void dailyNotificationsGoOutAsOneDigestAndSwitchedOffKindsNotAtAll() throws Exception {
        String email = newJuniorWithPassword("long-enough-pw-1");
        long person = personId(email);
        api.put("/api/v1/notifications/preferences", email, "{\"DOCUMENT_TO_ACKNOWLEDGE\":\"OFF\"}");
        notifications.sendAll(List.of(
                notification(person, NotificationKind.ONBOARDING_TASK_DUE, "1 onboarding task is due tomorrow", "Shadow a sprint planning"),
                notification(person, NotificationKind.ONBOARDING_TASK_OVERDUE, "1 onboarding task is overdue", "Read the PMO Handbook"),
                notification(person, NotificationKind.DOCUMENT_TO_ACKNOWLEDGE, "PMO Handbook has a new version 3", null)));

        dispatch.sendImmediate();
        assertThat(messagesTo(email)).as("nothing of these is immediate").isEmpty();
        dispatch.sendDailyDigests();

        var received = messagesTo(email);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("PMO-Career: 2 things need your attention");
        String text = (String) received.get(0).getContent();
        assertThat(text).contains("1 onboarding task is due tomorrow").contains("Shadow a sprint planning")
                .contains("1 onboarding task is overdue").doesNotContain("PMO Handbook has a new version");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE person_id = :p AND mailed_at IS NULL")
                .param("p", person).query(Long.class).single()).as("nothing is owed any more").isZero();
    }
}

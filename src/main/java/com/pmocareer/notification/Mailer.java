package com.pmocareer.notification;

import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Plain-text e-mail through the configured SMTP server. Off by default (the demo has no mail server): then each
 * message becomes one log line, and counts as sent.
 */
@Component
class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final boolean enabled;
    private final String from;
    private final String baseUrl;

    Mailer(ObjectProvider<JavaMailSender> sender, @Value("${pmo.mail.enabled:false}") boolean enabled,
            @Value("${pmo.mail.from:PMO-Career <pmo-career@localhost>}") String from,
            @Value("${pmo.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.enabled = enabled;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    boolean send(String toAddress, String toName, String subject, String text) {
        var mailSender = sender.getIfAvailable();
        if (!enabled || mailSender == null) {
            log.info("E-mail is off (pmo.mail.enabled=false): not sending \"{}\" to {}", subject, toAddress);
            return true;
        }
        try {
            var message = mailSender.createMimeMessage();
            var helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(InternetAddress.parse(from)[0]);
            helper.setTo(new InternetAddress(toAddress, toName, "UTF-8"));
            helper.setSubject(subject);
            helper.setText(text, false);
            mailSender.send(message);
            return true;
        } catch (MailException | jakarta.mail.MessagingException | UnsupportedEncodingException failure) {
            log.warn("Could not e-mail {} (\"{}\"); it stays owed and is tried again: {}", toAddress, subject,
                    failure.getMessage());
            return false;
        }
    }

    String absolute(String path) {
        return path.startsWith("http") ? path : baseUrl + path;
    }
}

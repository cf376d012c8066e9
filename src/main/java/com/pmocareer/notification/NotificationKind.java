package com.pmocareer.notification;

/** What a notification is about; each person chooses per kind how e-mail reaches them. */
public enum NotificationKind {

    ONBOARDING_PLAN_STARTED("An onboarding plan started", DeliveryMode.IMMEDIATE),
    ONBOARDING_TASK_DUE("Onboarding tasks due tomorrow", DeliveryMode.DAILY),
    ONBOARDING_TASK_OVERDUE("Overdue onboarding tasks", DeliveryMode.DAILY),
    DOCUMENT_TO_ACKNOWLEDGE("PMO documents to acknowledge", DeliveryMode.DAILY),
    ENROLMENT_UPDATE("Enrolments, waitlist places and approvals decided", DeliveryMode.IMMEDIATE),
    ENROLMENT_TO_APPROVE("Enrolments waiting for my approval", DeliveryMode.IMMEDIATE),
    SESSION_REMINDER("Reminders two days before a session", DeliveryMode.IMMEDIATE),
    COMPLIANCE_DUE("Mandatory training due soon", DeliveryMode.DAILY),
    COMPLIANCE_OVERDUE("Mandatory training overdue", DeliveryMode.DAILY),
    COMPLIANCE_ESCALATION("My people's mandatory training past its grace period", DeliveryMode.DAILY),
    ACTIVITY_TO_VERIFY("Learning activities to verify", DeliveryMode.DAILY),
    EXPERIENCE_TO_CONFIRM("Experience log entries to confirm", DeliveryMode.DAILY),
    ARTIFACT_TO_REVIEW("Work products waiting for my review", DeliveryMode.IMMEDIATE),
    ARTIFACT_REVIEWED("Reviews of my work products", DeliveryMode.IMMEDIATE),
    MENTOR_MATCHED("A mentor or mentee assigned to me", DeliveryMode.IMMEDIATE),
    MENTORING_SESSION("Mentoring sessions planned", DeliveryMode.IMMEDIATE),
    MENTORING_ACTION_DUE("Mentoring action items due", DeliveryMode.DAILY),
    MENTORING_CADENCE("Mentoring sessions due by the agreed cadence", DeliveryMode.DAILY),
    CERTIFICATION_BUDGET_TO_APPROVE("Certification costs waiting for my approval", DeliveryMode.IMMEDIATE),
    CERTIFICATION_BUDGET_DECIDED("Decisions on my certification costs", DeliveryMode.IMMEDIATE),
    CREDENTIAL_EXPIRING("Credentials expiring or in grace", DeliveryMode.DAILY),
    PDU_SHORTFALL("Continuing-education units short at my pace", DeliveryMode.DAILY),
    EXAM_APPROACHING("Certification exams coming up", DeliveryMode.DAILY),
    TEAM_CERTIFICATIONS("Weekly summary of my team's certifications", DeliveryMode.IMMEDIATE);

    private final String label;
    private final DeliveryMode defaultMode;

    NotificationKind(String label, DeliveryMode defaultMode) {
        this.label = label;
        this.defaultMode = defaultMode;
    }

    public String label() {
        return label;
    }

    public DeliveryMode defaultMode() {
        return defaultMode;
    }
}

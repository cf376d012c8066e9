package com.pmocareer.people.web;

import com.pmocareer.people.EducationLevel;
import com.pmocareer.people.PersonCommand;
import com.pmocareer.people.PersonView;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The person form as typed; the line manager is named by e-mail, which scales to any size of PMO. */
public class PersonFormData {

    @NotBlank(message = "Enter the e-mail address")
    @Email(message = "Enter a valid e-mail address, like name@example.com")
    @Size(max = 320)
    private String email;
    @NotBlank(message = "Enter the full name")
    @Size(max = 200, message = "Keep the name under 200 characters")
    private String fullName;
    @Size(max = 200, message = "Keep the job title under 200 characters")
    private String jobTitle;
    @NotNull(message = "Choose an org unit")
    private Long orgUnitId;
    @NotBlank(message = "Choose a career level")
    private String careerLevel = "JUNIOR_PM";
    @NotNull(message = "Enter the start date")
    @PastOrPresent(message = "The start date cannot be in the future")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    private EducationLevel educationLevel;
    @Email(message = "Enter a valid e-mail address for the line manager")
    private String lineManagerEmail;
    private Long version;

    static PersonFormData of(PersonView person, String lineManagerEmail) {
        var form = new PersonFormData();
        form.email = person.email();
        form.fullName = person.fullName();
        form.jobTitle = person.jobTitle();
        form.orgUnitId = person.orgUnitId();
        form.careerLevel = person.careerLevel();
        form.startDate = person.startDate();
        form.educationLevel = person.educationLevel();
        form.lineManagerEmail = lineManagerEmail;
        form.version = person.version();
        return form;
    }

    PersonCommand toCommand(Long lineManagerId) {
        return new PersonCommand(email, fullName, jobTitle, orgUnitId, careerLevel, startDate, educationLevel,
                lineManagerId, version);
    }

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getJobTitle() { return jobTitle; }
    public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
    public Long getOrgUnitId() { return orgUnitId; }
    public void setOrgUnitId(Long orgUnitId) { this.orgUnitId = orgUnitId; }
    public String getCareerLevel() { return careerLevel; }
    public void setCareerLevel(String careerLevel) { this.careerLevel = careerLevel; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public EducationLevel getEducationLevel() { return educationLevel; }
    public void setEducationLevel(EducationLevel educationLevel) { this.educationLevel = educationLevel; }
    public String getLineManagerEmail() { return lineManagerEmail; }
    public void setLineManagerEmail(String lineManagerEmail) { this.lineManagerEmail = lineManagerEmail; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}

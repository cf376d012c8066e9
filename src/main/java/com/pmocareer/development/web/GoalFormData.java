package com.pmocareer.development.web;

import com.pmocareer.development.ActionKind;
import com.pmocareer.development.GoalCommand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The add-a-goal form: a SMART goal with up to two first actions. */
public class GoalFormData {

    @NotBlank(message = "Say what you will do")
    @Size(max = 200)
    private String title;
    @NotBlank(message = "Say how you will know it is reached")
    @Size(max = 1000)
    private String measure;
    @NotBlank(message = "Choose a competency")
    private String competencyCode;
    @NotNull(message = "Choose a target level")
    @Min(1)
    @Max(5)
    private Integer targetLevel;
    @NotNull(message = "Choose a due date")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;
    @Size(max = 400)
    private String courseAction;
    @Size(max = 400)
    private String mentoringAction;
    private Long courseId;
    private Long pathId;

    GoalCommand toCommand(String cycle, java.util.function.LongFunction<String> courseTitle,
            java.util.function.LongFunction<String> pathName) {
        var actions = new ArrayList<GoalCommand.Action>();
        if (courseId != null) {
            actions.add(new GoalCommand.Action(ActionKind.COURSE, String.valueOf(courseId), "Course: " + courseTitle.apply(courseId)));
        }
        if (pathId != null) {
            actions.add(new GoalCommand.Action(ActionKind.LEARNING_PATH, String.valueOf(pathId), "Learning path: " + pathName.apply(pathId)));
        }
        if (courseAction != null && !courseAction.isBlank()) {
            actions.add(new GoalCommand.Action(ActionKind.COURSE, null, courseAction));
        }
        if (mentoringAction != null && !mentoringAction.isBlank()) {
            actions.add(new GoalCommand.Action(ActionKind.MENTORING_GOAL, null, mentoringAction));
        }
        return new GoalCommand(title, measure, competencyCode, targetLevel, dueOn, List.copyOf(actions), cycle, null);
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getMeasure() { return measure; }
    public void setMeasure(String measure) { this.measure = measure; }
    public String getCompetencyCode() { return competencyCode; }
    public void setCompetencyCode(String competencyCode) { this.competencyCode = competencyCode; }
    public Integer getTargetLevel() { return targetLevel; }
    public void setTargetLevel(Integer targetLevel) { this.targetLevel = targetLevel; }
    public LocalDate getDueOn() { return dueOn; }
    public void setDueOn(LocalDate dueOn) { this.dueOn = dueOn; }
    public String getCourseAction() { return courseAction; }
    public void setCourseAction(String courseAction) { this.courseAction = courseAction; }
    public Long getCourseId() { return courseId; }
    public void setCourseId(Long courseId) { this.courseId = courseId; }
    public Long getPathId() { return pathId; }
    public void setPathId(Long pathId) { this.pathId = pathId; }
    public String getMentoringAction() { return mentoringAction; }
    public void setMentoringAction(String mentoringAction) { this.mentoringAction = mentoringAction; }
}

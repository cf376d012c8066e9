package com.pmocareer.platform.web;

import com.pmocareer.shared.ConflictException;
import com.pmocareer.shared.ForbiddenException;
import com.pmocareer.shared.InvalidInputException;
import com.pmocareer.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** The page a person sees when a screen cannot be shown; JSON endpoints are answered by the API handler first. */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class HtmlExceptionHandler {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return ErrorPages.page(HttpStatus.NOT_FOUND, null);
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(ForbiddenException e) {
        return ErrorPages.page(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler({ConflictException.class, OptimisticLockingFailureException.class})
    ModelAndView conflict(RuntimeException e) {
        return ErrorPages.page(HttpStatus.CONFLICT, e instanceof ConflictException ? e.getMessage() : null);
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e) {
        return ErrorPages.page(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}

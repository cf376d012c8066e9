package com.pmocareer.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, in the shape of the API contract: {@code {content, page:{number,size,totalElements,totalPages}}}. */
public record PageResponse<T>(List<T> content, PageMetadata page) {

    public record PageMetadata(int number, int size, long totalElements, int totalPages) {
    }

    public static <T> PageResponse<T> of(List<T> content, PageRequest request, long totalElements) {
        int totalPages = (int) ((totalElements + request.size() - 1) / request.size());
        return new PageResponse<>(content, new PageMetadata(request.page(), request.size(), totalElements, totalPages));
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(content.stream().map(mapper).toList(), page);
    }

    public boolean hasNext() {
        return page.number() + 1 < page.totalPages();
    }

    public boolean hasPrevious() {
        return page.number() > 0;
    }
}

package com.pmocareer.certification;

import com.pmocareer.platform.UploadedFile;
import com.pmocareer.shared.FieldProblem;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/** Evidence of a credential or a claim: a PDF, PNG or JPEG of at most 5 MB, recognised by its first bytes. */
@Component
class EvidenceFiles {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    void check(List<FieldProblem> problems, UploadedFile file) {
        if (file == null) {
            return;
        }
        if (file.content().length > MAX_BYTES) {
            problems.add(new FieldProblem("evidence", "must be at most 5 MB"));
        } else if (!startsWith(file.content(), PDF) && !startsWith(file.content(), PNG) && !startsWith(file.content(), JPEG)) {
            problems.add(new FieldProblem("evidence", "must be a PDF, PNG or JPEG file"));
        }
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        return content.length >= signature.length && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }
}

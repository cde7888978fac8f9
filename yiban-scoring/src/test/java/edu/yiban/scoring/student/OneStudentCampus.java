package edu.yiban.scoring.student;

import edu.yiban.core.id.StudentNo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Tests on a fresh {@link StudentCampus} with 李明 (2022010101) enrolled in EDU2201. */
abstract class OneStudentCampus {
    protected StudentCampus campus;
    protected StudentNo li;

    @BeforeEach
    void openCampus() {
        campus = new StudentCampus();
        li = campus.enrol("2022010101", "李明", StudentCampus.EDU2201);
    }

    @AfterEach
    void closeCampus() {
        campus.close();
    }
}

package edu.yiban.scoring.round;

import org.apiguardian.api.API;

/** Whom a round's evaluation scores, which decides who may appeal and where final results go. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum SubjectKind {
    /** Students, by 学号: a student appeals their own result; final results go into their growth archives. */
    STUDENT,
    /** Colleges, by college code: staff of the college appeal its result; colleges have no growth archive. */
    COLLEGE
}

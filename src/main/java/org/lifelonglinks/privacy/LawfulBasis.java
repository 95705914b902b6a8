package org.lifelonglinks.privacy;

/** The UK GDPR Article 6 basis a piece of processing rests on. */
public enum LawfulBasis {
    /** Art. 6(1)(e): the local authority's duties to a child in its care (Children Act 1989). */
    PUBLIC_TASK,
    /** Art. 6(1)(c). */
    LEGAL_OBLIGATION,
    /** Art. 6(1)(a). */
    CONSENT,
    /** Art. 6(1)(d). */
    VITAL_INTERESTS,
    /** Art. 6(1)(f); not open to a public authority for its tasks, kept for other organisations' use. */
    LEGITIMATE_INTERESTS
}

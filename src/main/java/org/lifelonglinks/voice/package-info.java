/**
 * The young person's voice: what they tell us on their own page (someone they remember or want to know about,
 * their wishes about the people they can see, whom they want at their meeting and what they want to say there,
 * whether each part of their plan is happening, how much they know about their family), messages with their
 * coordinator, and "I don't feel safe". Everything offered to them comes from the safeguarding module's view of
 * their network; what they write reaches only their workers, as tasks, beside the workers' own records, and in the
 * chronology.
 */
package org.lifelonglinks.voice;

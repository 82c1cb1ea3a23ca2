package org.icsdrill.evidence.record;

/** A trainee's answer to one question of an inject card ({@code inject_answer} table; question index from 0). */
public record InjectAnswer(double plantTime, String wallTime, String trainee, String inject, int questionIndex,
                           String question, String answer) {
}

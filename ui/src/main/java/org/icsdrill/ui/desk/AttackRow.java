package org.icsdrill.ui.desk;

/**
 * The desk's summary of one attack: what started when, and how long the trainees took to declare
 * it and to respond ({@code undeclared}, {@code unanswered} while they have not: the cells to look at;
 * an attack the scenario expects no response to is never unanswered).
 */
public record AttackRow(String attack, String started, String toDeclaration, String toResponse,
                        boolean undeclared, boolean unanswered) {
}

package org.icsdrill.scenario.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.icsdrill.scenario.model.CompareOp;
import org.icsdrill.scenario.model.Condition;
import org.icsdrill.scenario.model.TagRef;

/**
 * Parses step conditions by recursive descent:
 * <pre>
 *   or         := and ("or" and)*
 *   and        := primary ("and" primary)*
 *   primary    := "(" or ")" | comparison
 *   comparison := TAG op NUMBER          op: &gt; &gt;= &lt; &lt;= == !=
 * </pre>
 * Errors carry the offset of the offending token, so the validator can point at its column.
 */
public final class ConditionParser {

    private final String text;
    private final TagResolver resolver;
    private final List<Token> tokens = new ArrayList<>();
    private int next;

    private ConditionParser(String text, TagResolver resolver) throws ConditionException {
        this.text = text;
        this.resolver = resolver;
        tokenize();
    }

    public static Condition parse(String text, TagResolver resolver) throws ConditionException {
        ConditionParser parser = new ConditionParser(text, resolver);
        if (parser.tokens.isEmpty()) {
            throw new ConditionException(0, "empty condition; write it like gas.K101.ST101 > 17000");
        }
        Condition condition = parser.or();
        if (parser.next < parser.tokens.size()) {
            Token extra = parser.peek();
            throw new ConditionException(extra.offset, "expected 'and', 'or' or the end of the condition, got '"
                    + extra.text + "'");
        }
        return condition;
    }

    private Condition or() throws ConditionException {
        List<Condition> parts = new ArrayList<>();
        parts.add(and());
        while (peekIs("or")) {
            next++;
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.Any(parts);
    }

    private Condition and() throws ConditionException {
        List<Condition> parts = new ArrayList<>();
        parts.add(primary());
        while (peekIs("and")) {
            next++;
            parts.add(primary());
        }
        return parts.size() == 1 ? parts.get(0) : new Condition.All(parts);
    }

    private Condition primary() throws ConditionException {
        if (peekIs("(")) {
            Token open = tokens.get(next++);
            Condition inner = or();
            if (!peekIs(")")) {
                throw new ConditionException(next < tokens.size() ? peek().offset : text.length(),
                        "missing ')' for the '(' at character " + (open.offset + 1));
            }
            next++;
            return inner;
        }
        Token tag = expect(Kind.WORD, "a plant-qualified tag like gas.K101.ST101");
        if (tag.text.equals("and") || tag.text.equals("or")) {
            throw new ConditionException(tag.offset, "expected a plant-qualified tag before '" + tag.text + "'");
        }
        TagRef ref;
        try {
            ref = resolver.resolve(tag.text);
        } catch (IllegalArgumentException e) {
            throw new ConditionException(tag.offset, e.getMessage());
        }
        Token op = expect(Kind.OP, "a comparison (> >= < <= == !=) after " + tag.text);
        Token number = expect(Kind.NUMBER, "a number after '" + op.text + "'");
        return new Condition.Comparison(ref, operator(op.text), Double.parseDouble(number.text));
    }

    private Token expect(Kind kind, String what) throws ConditionException {
        if (next >= tokens.size()) {
            throw new ConditionException(text.length(), "expected " + what + ", got the end of the condition");
        }
        Token token = tokens.get(next);
        if (token.kind != kind) {
            throw new ConditionException(token.offset, "expected " + what + ", got '" + token.text + "'");
        }
        next++;
        return token;
    }

    private boolean peekIs(String word) {
        return next < tokens.size() && tokens.get(next).text.equals(word);
    }

    private Token peek() {
        return tokens.get(next);
    }

    private static CompareOp operator(String symbol) {
        for (CompareOp op : CompareOp.values()) {
            if (op.symbol().equals(symbol)) {
                return op;
            }
        }
        throw new IllegalStateException("tokenizer let through " + symbol);
    }

    private void tokenize() throws ConditionException {
        int at = 0;
        while (at < text.length()) {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (at == text.length()) {
                return;
            }
            Token token = scan(at);
            tokens.add(token);
            at = token.offset + token.text.length();
        }
    }

    /** One token starting exactly at {@code at}. */
    private Token scan(int at) throws ConditionException {
        String rest = text.substring(at);
        for (Kind kind : Kind.values()) {
            Matcher m = kind.pattern.matcher(rest);
            if (m.lookingAt()) {
                return new Token(kind, m.group(), at);
            }
        }
        int end = at;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        throw new ConditionException(at, "unexpected '" + text.substring(at, end)
                + "'; write a condition like gas.K101.ST101 > 17000");
    }

    private enum Kind {
        NUMBER("[-+]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][-+]?\\d+)?(?![A-Za-z0-9_.])"),
        WORD("[A-Za-z_][A-Za-z0-9_.]*"),
        OP(">=|<=|==|!=|>|<"),
        PAREN("[()]");

        private final Pattern pattern;

        Kind(String regex) {
            this.pattern = Pattern.compile(regex);
        }
    }

    private record Token(Kind kind, String text, int offset) {
    }
}

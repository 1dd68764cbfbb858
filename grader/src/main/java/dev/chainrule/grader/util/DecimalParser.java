package dev.chainrule.grader.util;

/**
 * Decimal text to the nearest double (ties to even), as {@link Double#parseDouble} does for plain decimals, in small
 * code of our own: TeaVM's parseDouble brings about 9 KB (gzip) of power-of-ten tables into the browser bundle.
 * Exact: short inputs take one IEEE multiplication or division of exact operands; the rest is done in whole numbers.
 */
public final class DecimalParser {
    /** Digits kept; beyond that a non-zero tail only decides ties, so it is kept as one sticky digit. */
    private static final int MAX_DIGITS = 800;
    private static final double[] EXACT_POWERS = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22};

    private DecimalParser() {}

    /**
     * Reads {@code [+-]digits[.digits][(e|E)[+-]digits]} (also {@code .5} and {@code 5.}); throws
     * {@link NumberFormatException} for anything else. Overflow gives an infinity, underflow a zero.
     */
    public static double parse(String text) {
        int i = 0;
        int length = text.length();
        boolean negative = false;
        if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        char[] digits = new char[MAX_DIGITS + 1];
        int count = 0;
        boolean sticky = false;
        int exponent = 0;
        int seen = 0;
        boolean dot = false;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c == '.' && !dot) {
                dot = true;
                continue;
            }
            if (c < '0' || c > '9') {
                break;
            }
            seen++;
            if (count == 0 && c == '0') {
                exponent -= dot ? 1 : 0;
                continue;
            }
            if (count < MAX_DIGITS) {
                digits[count++] = c;
                exponent -= dot ? 1 : 0;
            } else {
                sticky |= c != '0';
                exponent += dot ? 0 : 1;
            }
        }
        if (seen == 0) {
            throw new NumberFormatException("not a number: " + text);
        }
        if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            boolean negativeExponent = false;
            if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                negativeExponent = text.charAt(i) == '-';
                i++;
            }
            int start = i;
            int written = 0;
            for (; i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9'; i++) {
                written = Math.min(written * 10 + (text.charAt(i) - '0'), 1_000_000);
            }
            if (i == start) {
                throw new NumberFormatException("no exponent digits: " + text);
            }
            exponent += negativeExponent ? -written : written;
        }
        if (i != length) {
            throw new NumberFormatException("not a number: " + text);
        }
        if (sticky) {
            digits[count++] = '1';
            exponent--;
        }
        while (count > 0 && digits[count - 1] == '0') {
            count--;
            exponent++;
        }
        double magnitude = magnitude(digits, count, exponent);
        return negative ? -magnitude : magnitude;
    }

    /** The double nearest to digits × 10^exponent (digits without leading or trailing zeros). */
    private static double magnitude(char[] digits, int count, int exponent) {
        if (count == 0 || count + exponent < -324) {
            return 0.0;
        }
        if (count + exponent > 310) {
            return Double.POSITIVE_INFINITY;
        }
        if (count <= 15 && Math.abs(exponent) <= 22) {
            long whole = 0;
            for (int k = 0; k < count; k++) {
                whole = whole * 10 + (digits[k] - '0');
            }
            return exponent >= 0 ? whole * EXACT_POWERS[exponent] : whole / EXACT_POWERS[-exponent];
        }
        WholeNumber numerator = WholeNumber.ofDigits(digits, count);
        long top;
        int scale; // the value is about top × 2^-scale
        boolean inexact;
        if (exponent >= 0) {
            numerator = numerator.timesPowerOfTen(exponent);
            int shift = Math.max(0, numerator.bitLength() - 60);
            top = numerator.bits(shift);
            inexact = numerator.anyBitBelow(shift);
            scale = -shift;
        } else {
            WholeNumber denominator = WholeNumber.ONE.timesPowerOfTen(-exponent);
            scale = denominator.bitLength() - numerator.bitLength() + 56; // a quotient of 56 or 57 bits
            WholeNumber[] quotient = scale >= 0 ? numerator.shiftLeft(scale).divide(denominator)
                    : numerator.divide(denominator.shiftLeft(-scale));
            top = quotient[0].bits(0);
            inexact = !quotient[1].isZero();
        }
        return round(top, scale, inexact);
    }

    /** The double nearest to top × 2^-scale, where {@code inexact} says the true value is a little above that. */
    private static double round(long top, int scale, boolean inexact) {
        int bits = 64 - Long.numberOfLeadingZeros(top);
        int leading = bits - 1 - scale;
        int drop = leading >= -1022 ? bits - 53 : scale - 1074;
        long mantissa;
        if (drop <= 0) {
            mantissa = top << -drop;
        } else if (drop > 63) {
            return 0.0;
        } else {
            mantissa = top >>> drop;
            long rest = top & ((1L << drop) - 1);
            long half = 1L << (drop - 1);
            if (rest > half || (rest == half && (inexact || (mantissa & 1) == 1))) {
                mantissa++;
            }
        }
        if (leading < -1022) {
            return Double.longBitsToDouble(mantissa); // subnormal (2^52 rounds up into the smallest normal)
        }
        if (mantissa == 1L << 53) {
            mantissa >>>= 1;
            drop++;
        }
        int exponentOfLead = 52 + drop - scale;
        if (exponentOfLead > 1023) {
            return Double.POSITIVE_INFINITY;
        }
        return Double.longBitsToDouble(((long) (exponentOfLead + 1023) << 52) | (mantissa & ((1L << 52) - 1)));
    }

    /** A non-negative whole number of any size, little-endian 32-bit words; just what {@link #parse} needs. */
    private static final class WholeNumber {
        static final WholeNumber ONE = new WholeNumber(new int[] {1});
        private final int[] words;

        private WholeNumber(int[] words) {
            int used = words.length;
            while (used > 0 && words[used - 1] == 0) {
                used--;
            }
            this.words = used == words.length ? words : java.util.Arrays.copyOf(words, used);
        }

        static WholeNumber ofDigits(char[] digits, int count) {
            WholeNumber n = new WholeNumber(new int[0]);
            for (int k = 0; k < count; k++) {
                n = n.timesPlus(10, digits[k] - '0');
            }
            return n;
        }

        WholeNumber timesPlus(int factor, int addend) {
            int[] out = new int[words.length + 1];
            long carry = addend;
            for (int k = 0; k < words.length; k++) {
                long v = (words[k] & 0xffffffffL) * factor + carry;
                out[k] = (int) v;
                carry = v >>> 32;
            }
            out[words.length] = (int) carry;
            return new WholeNumber(out);
        }

        WholeNumber timesPowerOfTen(int power) {
            WholeNumber n = this;
            for (; power >= 9; power -= 9) {
                n = n.timesPlus(1_000_000_000, 0);
            }
            for (; power > 0; power--) {
                n = n.timesPlus(10, 0);
            }
            return n;
        }

        boolean isZero() {
            return words.length == 0;
        }

        int bitLength() {
            return words.length == 0 ? 0 : 32 * (words.length - 1) + 32 - Integer.numberOfLeadingZeros(words[words.length - 1]);
        }

        private int word(int k) {
            return k >= 0 && k < words.length ? words[k] : 0;
        }

        /** The (up to 63) bits from bit {@code shift} upwards, as a long. */
        long bits(int shift) {
            long out = 0;
            for (int b = 62; b >= 0; b--) {
                int at = shift + b;
                out = (out << 1) | ((word(at >>> 5) >>> (at & 31)) & 1);
            }
            return out;
        }

        boolean anyBitBelow(int shift) {
            for (int k = 0; k < words.length && 32 * k < shift; k++) {
                int below = Math.min(32, shift - 32 * k);
                int mask = below == 32 ? -1 : (1 << below) - 1;
                if ((words[k] & mask) != 0) {
                    return true;
                }
            }
            return false;
        }

        WholeNumber shiftLeft(int shift) {
            int wordShift = shift >>> 5;
            int bitShift = shift & 31;
            int[] out = new int[words.length + wordShift + 1];
            for (int k = 0; k < words.length; k++) {
                long v = (words[k] & 0xffffffffL) << bitShift;
                out[k + wordShift] |= (int) v;
                out[k + wordShift + 1] |= (int) (v >>> 32);
            }
            return new WholeNumber(out);
        }

        int compareTo(WholeNumber other) {
            if (words.length != other.words.length) {
                return words.length < other.words.length ? -1 : 1;
            }
            for (int k = words.length - 1; k >= 0; k--) {
                if (words[k] != other.words[k]) {
                    return Integer.compareUnsigned(words[k], other.words[k]);
                }
            }
            return 0;
        }

        WholeNumber minus(WholeNumber other) {
            int[] out = new int[words.length];
            long borrow = 0;
            for (int k = 0; k < words.length; k++) {
                long v = (words[k] & 0xffffffffL) - (other.word(k) & 0xffffffffL) - borrow;
                out[k] = (int) v;
                borrow = v < 0 ? 1 : 0;
            }
            return new WholeNumber(out);
        }

        /** {quotient, remainder}, by binary long division (the quotients here have under 64 bits). */
        WholeNumber[] divide(WholeNumber divisor) {
            WholeNumber rest = this;
            int[] quotient = new int[Math.max(1, (bitLength() - divisor.bitLength()) / 32 + 2)];
            for (int b = bitLength() - divisor.bitLength(); b >= 0; b--) {
                WholeNumber shifted = divisor.shiftLeft(b);
                if (rest.compareTo(shifted) >= 0) {
                    rest = rest.minus(shifted);
                    quotient[b >>> 5] |= 1 << (b & 31);
                }
            }
            return new WholeNumber[] {new WholeNumber(quotient), rest};
        }
    }
}

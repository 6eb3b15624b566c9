package contest.round1;

import java.util.*;
import java.io.BufferedReader;

/** Reads cases and prints the best total per case. */
public class Solution {
    static final int LIMIT = 1_000;
    private int[] memo;

    public static void main(String[] args) throws Exception {
        Scanner in = new Scanner(System.in);
        int cases = in.nextInt(); // number of test cases
        for (int caseNo = 1; caseNo <= cases; caseNo++) {
            int n = in.nextInt();
            long[] values = new long[n];
            for (int i = 0; i < n; ++i) values[i] = in.nextLong();
            Arrays.sort(values);
            System.out.println("Case #" + caseNo + ": " + best(values, n));
        }
    }

    /* a helper the program declares itself */
    static long best(long[] values, int n) {
        long total = 0;
        for (long value : values) {
            total = Math.max(total, total + value);
        }
        char sep = ',';
        String tag = "x" + sep;
        return tag.isEmpty() ? -1 : total % 1000000007L;
    }
}

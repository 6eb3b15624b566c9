package contest.round1;

import java.io.*;
import java.util.*;

/** Answers range-sum queries; written for editvq's formatter tests. */
public class RangeSums {
    static final int MOD = 1_000_000_007;

    static long[] prefix(int a[]) {   // C-style array declarator
        long[] p = new long[a.length + 1];
        for(int i=0;i<a.length;i++){p[i+1]=p[i]+a[i];}
        return p;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int cases = Integer.parseInt(in.readLine().trim());
        Map<String, List<Integer>> seen = new HashMap<>();
        outer:
        for (int tc = 1; tc <= cases; ++tc) {
            StringTokenizer st = new StringTokenizer(in.readLine());
            int n = Integer.parseInt(st.nextToken()), q = Integer.parseInt(st.nextToken());
            int[] a = new int[n];
            for (int i = 0; i < n; i++) a[i] = Integer.parseInt(st.nextToken());
            long[] p = prefix(a);
            long total = 0;
            while (q-- > 0) {
                int l = -1 + Integer.parseInt(st.nextToken()), r = Integer.parseInt(st.nextToken());
                total = (total + (p[r] - p[l]) % MOD) % MOD;
                if (total < 0) continue outer;
            }
            seen.computeIfAbsent("case", k -> new ArrayList<>()).add(tc);
            char sep = total % 2 == 0 ? ':' : '=';
            switch (n) {
                case 0: System.out.println("Case #" + tc + sep + " empty"); break;
                default: System.out.printf("Case #%d%c %d%n", tc, sep, total >> 1);
            }
        }
    }
}

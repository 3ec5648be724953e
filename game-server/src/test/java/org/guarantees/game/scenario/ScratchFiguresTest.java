package org.guarantees.game.scenario;

import org.junit.jupiter.api.Test;

import java.util.*;

class ScratchFiguresTest {
    @Test
    void figures() throws Exception {
        Scenario base = ScenarioLoader.load(getClass().getClassLoader().getResourceAsStream("scenarios/ukraine-guarantees.yaml"));
        int[][] grid = {{55,50,50,52},{56,52,52,54},{57,53,52,55},{58,54,53,56},{58,55,54,57}};
        for (int[] nd : grid) {
            List<Role> roles = new ArrayList<>();
            for (int r = 0; r < 4; r++) { Role o = base.roles().get(r); roles.add(new Role(o.id(), o.name(), o.brief(), o.points(), o.redLines(), nd[r])); }
            Scenario s = new Scenario(base.id(), base.title(), base.summary(), base.baseDeal(), roles, base.issues(), base.rounds(), base.injects());
            DealSpace space = new DealSpace(s);
            int n = s.issues().size();
            int[][][] pts = new int[4][n][];
            for (int r = 0; r < 4; r++) for (int i = 0; i < n; i++) { Issue is = s.issues().get(i); Role ro = roles.get(r); pts[r][i] = is.options().stream().mapToInt(o -> ro.points(is.id(), o.id())).toArray(); }
            long t = System.nanoTime();
            double[] sum = new double[4]; int[] lo = {999,999,999,999}; int[] hi = new int[4];
            long[][] freqDummy = new long[1][1];
            long cnt = space.forEachAcceptable(roles, c -> {
                for (int r = 0; r < 4; r++) { int p = 0; for (int i = 0; i < c.length; i++) p += pts[r][i][c[i]]; sum[r]+=p; lo[r]=Math.min(lo[r],p); hi[r]=Math.max(hi[r],p);} });
            System.out.printf("nd %s ZOPA %d (%.3f%%) %d ms%n", Arrays.toString(nd), cnt, 100.0*cnt/space.size(), (System.nanoTime()-t)/1000000);
            for (int r = 0; r < 4; r++) { Role ro = roles.get(r); double range = ro.bestPossible()-ro.worstPossible();
                System.out.printf("   %s mean %.3f min %.3f max %.3f%n", ro.id(), (sum[r]/cnt-ro.worstPossible())/range, (lo[r]-ro.worstPossible())/range, (hi[r]-ro.worstPossible())/range); }
        }
    }
}

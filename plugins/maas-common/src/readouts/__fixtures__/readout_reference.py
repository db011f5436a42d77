"""Reference values for readout.test.ts, computed independently of the TypeScript code with
SciPy's normal and chi-square distributions, from the formulas of the readout's definition.

    python3 plugins/maas-common/src/readouts/__fixtures__/readout_reference.py

prints one JSON object per case (SciPy 1.17.1 produced the figures recorded in the test).
"""
import json
import math

from scipy import stats

Z_ALPHA = 1.959964
Z_BETA = 0.841621

# arm: (users, conversions, revenue, spend, newCustomers)
CASES = {
    "clear win with a 10 % holdout": {
        "holdout_pct": 10,
        "variants": ["treatment"],
        "arms": {
            "treatment": (90_000, 2_700, 162_000.0, 15_000.0, 1_100),
            "holdout": (10_000, 220, 13_200.0, 0.0, 90),
        },
    },
    "inconclusive": {
        "holdout_pct": 10,
        "variants": ["treatment"],
        "arms": {
            "treatment": (45_000, 1_000, 52_000.0, 8_000.0, 400),
            "holdout": (5_000, 105, 5_400.0, 0.0, 41),
        },
    },
    "sample-ratio mismatch": {
        "holdout_pct": 10,
        "variants": ["treatment"],
        "arms": {
            "treatment": (88_000, 2_600, 150_000.0, 12_000.0, 1_000),
            "holdout": (12_000, 300, 16_000.0, 0.0, 110),
        },
    },
    "A/B test with a holdout": {
        "holdout_pct": 20,
        "variants": ["A", "B"],
        "arms": {
            "A": (40_100, 1_000, 61_000.0, 6_000.0, 420),
            "B": (39_900, 1_150, 70_500.0, 6_000.0, 480),
            "holdout": (20_000, 440, 26_000.0, 0.0, 170),
        },
    },
    "negative effect": {
        "holdout_pct": 15,
        "variants": ["treatment"],
        "arms": {
            "treatment": (34_000, 612, 30_600.0, 9_000.0, 250),
            "holdout": (6_000, 138, 6_900.0, 0.0, 60),
        },
    },
    "zero conversions in the control": {
        "holdout_pct": 5,
        "variants": ["treatment"],
        "arms": {
            "treatment": (19_000, 57, 3_420.0, 2_500.0, 30),
            "holdout": (1_000, 0, 0.0, 0.0, 0),
        },
    },
    "A/B test without a holdout": {
        "holdout_pct": 0,
        "variants": ["A", "B"],
        "arms": {
            "A": (25_000, 750, 45_000.0, 4_000.0, 300),
            "B": (25_100, 860, 53_320.0, 4_000.0, 335),
        },
    },
}


def comparison(t, c):
    nt, xt, rt, st, newt = t
    nc, xc, rc, _, _ = c
    pt, pc = xt / nt, xc / nc
    d = pt - pc
    se = math.sqrt(pt * (1 - pt) / nt + pc * (1 - pc) / nc)
    out = {
        "difference": d,
        "se": se,
        "low": d - Z_ALPHA * se,
        "high": d + Z_ALPHA * se,
        "pValue": 2 * stats.norm.sf(abs(d / se)),
        "incrementalConversions": xt - nt * pc,
        "incrementalRevenue": (rt / nt - rc / nc) * nt,
        "cac": st / newt if newt else None,
    }
    out["iroas"] = out["incrementalRevenue"] / st if st else None
    out["incrementalCac"] = (
        st / out["incrementalConversions"] if out["incrementalConversions"] > 0 else None
    )
    if pc > 0:
        r = pt / pc - 1
        se_r = math.sqrt(
            pt * (1 - pt) / (nt * pc**2) + pt**2 * pc * (1 - pc) / (nc * pc**4)
        )
        out.update(
            lift=r,
            liftSe=se_r,
            liftLow=r - Z_ALPHA * se_r,
            liftHigh=r + Z_ALPHA * se_r,
            detectableLift=(Z_ALPHA + Z_BETA)
            * math.sqrt(pc * (1 - pc) * (1 / nt + 1 / nc))
            / pc,
        )
    else:
        out.update(lift=None, detectableLift=None)
    return out


def readout(case):
    arms = case["arms"]
    h = case["holdout_pct"] / 100
    variants = case["variants"]
    shares = {v: (1 - h) / len(variants) for v in variants}
    if h > 0:
        shares["holdout"] = h
    control = "holdout" if h > 0 else variants[0]
    names = list(shares)
    users = [arms[a][0] for a in names]
    total = sum(users)
    chi2, p = stats.chisquare(users, [total * shares[a] for a in names])
    return {
        "srm": {"chiSquare": chi2, "df": len(names) - 1, "pValue": p},
        "comparisons": {
            a: comparison(arms[a], arms[control]) for a in names if a != control
        },
    }


for name, case in CASES.items():
    print(json.dumps({"case": name, **readout(case)}, default=float))

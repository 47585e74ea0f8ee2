"""Nonlinear conjugate gradient with Carl Rasmussen's line search (``minimize.m``),
Lua ``optim.cg``."""
import math

from ._common import state_of

INFINITY = float('inf')


def sqrt_nothrow(v):
    """sqrt(v), NaN for a negative v (instead of an error)."""
    return math.sqrt(v) if v >= 0 else float('nan')


def _bad(z):
    return z != z or z == INFINITY or z == -INFINITY


def cg(opfunc, x, config, state=None):
    """Config: rho (0.01), sig (0.5), int (0.1), ext (3.0), maxIter (20), ratio (100),
    maxEval (maxIter * 1.25).  Returns ``(x, [f(x) after each accepted line search],
    number of evaluations)``."""
    state = state_of('cg', config, state)
    rho = config.get('rho', 0.01)
    sig = config.get('sig', 0.5)
    interp = config.get('int', 0.1)
    ext = config.get('ext', 3.0)
    max_iter = config.get('maxIter', 20)
    ratio = config.get('ratio', 100)
    max_eval = config.get('maxEval', max_iter * 1.25)
    red = 1

    i = 0
    ls_failed = 0
    fx = []

    bufs = {}
    for key in ('df1', 'df2', 'df3', 's', 'x0', 'df0'):
        bufs[key] = state.get(key, x.new())
        bufs[key].resize_as_(x)
    df0, df1, df2, df3 = bufs['df0'], bufs['df1'], bufs['df2'], bufs['df3']
    s, x0 = bufs['s'], bufs['x0']
    f0 = 0

    f1, tdf = opfunc(x)
    fx.append(f1)
    df1.copy_(tdf)
    i += 1

    s.copy_(df1).mul_(-1)
    d1 = -s.dot(s)
    z1 = red / (1 - d1)

    while i < abs(max_eval):
        x0.copy_(x)
        f0 = f1
        df0.copy_(df1)

        x.add_(z1, s)
        f2, tdf = opfunc(x)
        df2.copy_(tdf)
        i += 1
        d2 = df2.dot(s)
        f3, d3, z3 = f1, d1, -z1
        m = min(max_iter, max_eval - i)
        success = 0
        limit = -1

        while True:
            while (f2 > f1 + z1 * rho * d1 or d2 > -sig * d1) and m > 0:
                limit = z1
                if f2 > f1:
                    z2 = z3 - (0.5 * d3 * z3 * z3) / (d3 * z3 + f2 - f3)
                else:
                    a = 6 * (f2 - f3) / z3 + 3 * (d2 + d3)
                    b = 3 * (f3 - f2) - z3 * (d3 + 2 * d2)
                    z2 = (sqrt_nothrow(b * b - a * d2 * z3 * z3) - b) / a
                if _bad(z2):
                    z2 = z3 / 2
                z2 = max(min(z2, interp * z3), (1 - interp) * z3)
                z1 = z1 + z2
                x.add_(z2, s)
                f2, tdf = opfunc(x)
                df2.copy_(tdf)
                i += 1
                m -= 1
                d2 = df2.dot(s)
                z3 = z3 - z2

            if f2 > f1 + z1 * rho * d1 or d2 > -sig * d1:
                break
            elif d2 > sig * d1:
                success = 1
                break
            elif m == 0:
                break

            a = 6 * (f2 - f3) / z3 + 3 * (d2 + d3)
            b = 3 * (f3 - f2) - z3 * (d3 + 2 * d2)
            denom = b + sqrt_nothrow(b * b - a * d2 * z3 * z3)
            z2 = -d2 * z3 * z3 / denom if denom != 0 else float('nan')

            if _bad(z2) or z2 < 0:
                if limit < -0.5:
                    z2 = z1 * (ext - 1)
                else:
                    z2 = (limit - z1) / 2
            elif (limit > -0.5) and (z2 + z1) > limit:
                z2 = (limit - z1) / 2
            elif limit < -0.5 and (z2 + z1) > z1 * ext:
                z2 = z1 * (ext - 1)
            elif z2 < -z3 * interp:
                z2 = -z3 * interp
            elif limit > -0.5 and z2 < (limit - z1) * (1 - interp):
                z2 = (limit - z1) * (1 - interp)

            f3 = f2
            d3 = d2
            z3 = -z2
            z1 = z1 + z2
            x.add_(z2, s)
            f2, tdf = opfunc(x)
            df2.copy_(tdf)
            i += 1
            m -= 1
            d2 = df2.dot(s)

        if success == 1:
            f1 = f2
            fx.append(f1)
            ss = (df2.dot(df2) - df2.dot(df1)) / df1.dot(df1)
            s.mul_(ss)
            s.add_(-1, df2)
            tmp = df1.clone()
            df1.copy_(df2)
            df2.copy_(tmp)
            d2 = df1.dot(s)
            if d2 > 0:
                s.copy_(df1)
                s.mul_(-1)
                d2 = -s.dot(s)
            z1 = z1 * min(ratio, d1 / (d2 - 1e-320))
            d1 = d2
            ls_failed = 0
        else:
            x.copy_(x0)
            f1 = f0
            df1.copy_(df0)
            if ls_failed or i > max_eval:
                break
            tmp = df1.clone()
            df1.copy_(df2)
            df2.copy_(tmp)
            s.copy_(df1)
            s.mul_(-1)
            d1 = -s.dot(s)
            z1 = 1 / (1 - d1)
            ls_failed = 1

    state['df0'] = df0
    state['df1'] = df1
    state['df2'] = df2
    state['df3'] = df3
    state['x0'] = x0
    state['s'] = s
    return x, fx, i

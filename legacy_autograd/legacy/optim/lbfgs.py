"""Limited-memory BFGS, Lua ``optim.lbfgs`` (no line search unless one is given)."""
from ...ops.functions import TORCH
from ...tensor import default_tensor_type
from ._common import state_of


def lbfgs(opfunc, x, config, state=None):
    """Config: maxIter (20), maxEval (maxIter * 1.25), tolFun (1e-5), tolX (1e-9),
    nCorrection (100), lineSearch (None), lineSearchOptions, learningRate (1), verbose (False).
    Returns ``(x, [f(x) of each evaluation], number of evaluations)``."""
    state = state_of('lbfgs', config, state)
    max_iter = config.get('maxIter', 20)
    max_eval = config.get('maxEval', max_iter * 1.25)
    tol_fun = config.get('tolFun', 1e-5)
    tol_x = config.get('tolX', 1e-9)
    n_correction = config.get('nCorrection', 100)
    line_search = config.get('lineSearch')
    line_search_opts = config.get('lineSearchOptions')
    learning_rate = config.get('learningRate', 1)
    is_verbose = config.get('verbose', False)

    state.setdefault('funcEval', 0)
    state.setdefault('nIter', 0)

    def verbose(*args):
        if is_verbose:
            print(('<optim.lbfgs>',) + args)

    f, g = opfunc(x)
    f_hist = [f]
    current_evals = 1
    state['funcEval'] += 1
    p = g.size(0)

    if 'tmp1' not in state:
        state['tmp1'] = g.new(g.size()).zero_()
    tmp1 = state['tmp1']
    tmp1.copy_(g).abs_()
    if tmp1.sum() <= tol_fun:
        verbose('optimality condition below tolFun')
        return x, f_hist

    if 'dir_bufs' not in state:
        verbose('creating recyclable direction/step/history buffers')
        state['dir_bufs'] = [b.squeeze(0) for b in g.new(n_correction + 1, p).split(1)]
        state['stp_bufs'] = [b.squeeze(0) for b in g.new(n_correction + 1, p).split(1)]

    d = state.get('d')
    t = state.get('t')
    old_dirs = state.get('old_dirs')
    old_stps = state.get('old_stps')
    h_diag = state.get('Hdiag')
    g_old = state.get('g_old')
    f_old = state.get('f_old')

    n_iter = 0
    while n_iter < max_iter:
        n_iter += 1
        state['nIter'] += 1

        # compute the descent direction
        if state['nIter'] == 1:
            d = g.neg()
            old_dirs = []
            old_stps = []
            h_diag = 1
        else:
            y = state['dir_bufs'].pop()
            s = state['stp_bufs'].pop()
            TORCH.add(g, -1, g_old, out=y)
            TORCH.mul(d, t, out=s)
            ys = y.dot(s)
            if ys > 1e-10:
                if len(old_dirs) == n_correction:
                    state['dir_bufs'].append(old_dirs.pop(0))
                    state['stp_bufs'].append(old_stps.pop(0))
                old_dirs.append(s)
                old_stps.append(y)
                h_diag = ys / y.dot(y)
            else:
                state['dir_bufs'].append(y)
                state['stp_bufs'].append(s)

            k = len(old_dirs)
            if 'ro' not in state:
                state['ro'] = default_tensor_type()(n_correction)
            ro = state['ro']
            for i in range(k):
                ro[i] = 1 / old_stps[i].dot(old_dirs[i])

            q = tmp1
            if 'al' not in state:
                state['al'] = TORCH.zeros(n_correction)
            al = state['al']
            TORCH.mul(g, -1, out=q)
            for i in range(k - 1, -1, -1):
                al[i] = old_dirs[i].dot(q) * ro[i]
                q.add_(-al[i], old_stps[i])

            r = d
            TORCH.mul(q, h_diag, out=r)
            for i in range(k):
                be_i = old_stps[i].dot(r) * ro[i]
                r.add_(al[i] - be_i, old_dirs[i])

        if g_old is None:
            g_old = g.clone()
        else:
            g_old.copy_(g)
        f_old = f

        gtd = g.dot(d)

        # step length
        if state['nIter'] == 1:
            tmp1.copy_(g).abs_()
            t = min(1, 1 / tmp1.sum()) * learning_rate
        else:
            t = learning_rate

        ls_evals = 0
        if line_search is not None:
            f, g, x, t, ls_evals = line_search(opfunc, x, t, d, f, g, gtd, line_search_opts)
            f_hist.append(f)
        else:
            x.add_(t, d)
            if n_iter != max_iter:
                f, g = opfunc(x)
                ls_evals = 1
                f_hist.append(f)

        current_evals += ls_evals
        state['funcEval'] += ls_evals

        if n_iter == max_iter:
            verbose('reached max number of iterations')
            break
        if current_evals >= max_eval:
            verbose('max nb of function evals')
            break
        tmp1.copy_(g).abs_()
        if tmp1.sum() <= tol_fun:
            verbose('optimality condition below tolFun')
            break
        if gtd > -tol_x:
            break
        tmp1.copy_(d).mul_(t).abs_()
        if tmp1.sum() <= tol_x:
            verbose('step size below tolX')
            break
        if abs(f - f_old) < tol_x:
            verbose('function value changing less than tolX')
            break

    state['old_dirs'] = old_dirs
    state['old_stps'] = old_stps
    state['Hdiag'] = h_diag
    state['g_old'] = g_old
    state['f_old'] = f_old
    state['t'] = t
    state['d'] = d
    return x, f_hist, current_evals

"""Small builders of libcst nodes shared by the rules (calls, keywords, parentheses)."""

import libcst as cst

_NO_PARENS_PARENTS = (cst.Arg, cst.Assign, cst.AssignTarget, cst.Expr, cst.Return, cst.Element,
                      cst.Index, cst.AugAssign, cst.AnnAssign, cst.DictElement, cst.WithItem,
                      cst.StarredElement, cst.StarredDictElement, cst.FormattedStringExpression)
_ATOMS = (cst.Name, cst.Attribute, cst.Call, cst.Subscript, cst.List, cst.Dict, cst.Set,
          cst.SimpleString, cst.ConcatenatedString, cst.FormattedString, cst.ListComp,
          cst.DictComp, cst.SetComp, cst.GeneratorExp, cst.Integer, cst.Float, cst.Ellipsis)

NO_SPACE = dict(whitespace_before=cst.SimpleWhitespace(''), whitespace_after=cst.SimpleWhitespace(''))


def kwarg(name, value):
    return cst.Arg(value=value, keyword=cst.Name(name), equal=cst.AssignEqual(**NO_SPACE))


def parens(node):
    if getattr(node, 'lpar', None):
        return node
    return node.with_changes(lpar=[cst.LeftParen()], rpar=[cst.RightParen()])


def atomic(node):
    if getattr(node, 'lpar', None):
        return True
    if isinstance(node, cst.Tuple):
        return bool(node.lpar)
    if isinstance(node, (cst.Integer, cst.Float)):
        return False     # 1.item() would not parse
    return isinstance(node, _ATOMS)


def method(receiver, name, args=()):
    """``receiver.name(*args)``, parenthesising the receiver when needed."""
    if not atomic(receiver):
        receiver = parens(receiver)
    return cst.Call(func=cst.Attribute(value=receiver, attr=cst.Name(name)), args=list(args))


def _fix_last_comma(args, had_default_comma):
    if args and had_default_comma and not isinstance(args[-1].comma, cst.MaybeSentinel):
        comma = args[-1].comma
        # keep explicit trailing commas of multi-line calls, drop "f(a, )" artefacts
        if not isinstance(comma.whitespace_after, cst.ParenthesizedWhitespace):
            args[-1] = args[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)
    return args


def without_args(call, drop):
    """The call with the Arg objects in ``drop`` (a list of Args) removed."""
    old = list(call.args)
    had_default = bool(old) and isinstance(old[-1].comma, cst.MaybeSentinel)
    keep = [a for a in old if not any(a is d for d in drop)]
    return call.with_changes(args=_fix_last_comma(keep, had_default))


def with_arg(call, arg):
    args = list(call.args)
    if args and isinstance(args[-1].comma, cst.Comma) and isinstance(
            args[-1].comma.whitespace_after, cst.ParenthesizedWhitespace):
        # multi-line call with a trailing comma: keep the layout
        arg = arg.with_changes(comma=args[-1].comma)
        args.append(arg)
        return call.with_changes(args=args)
    if args and not isinstance(args[-1].comma, cst.MaybeSentinel):
        args[-1] = args[-1].with_changes(comma=cst.MaybeSentinel.DEFAULT)
    args.append(arg)
    return call.with_changes(args=args)


def find_kw(call, name):
    for a in call.args:
        if a.keyword is not None and a.keyword.value == name:
            return a
    return None


def positional(call):
    return [a for a in call.args if a.keyword is None and not a.star]

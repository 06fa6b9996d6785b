namespace TutorBot.Llm.Grammars;

/// <summary>A recursive-descent parser that follows llama.cpp's GBNF parser rule for rule.</summary>
internal sealed class GbnfParser(string source)
{
    private readonly Dictionary<string, GbnfRule> _rules = new(StringComparer.Ordinal);
    private List<GbnfReference> _references = [];
    private int _pos;

    private char Current => _pos < source.Length ? source[_pos] : '\0';

    private bool AtEnd => _pos >= source.Length;

    public IReadOnlyDictionary<string, GbnfRule> Parse(List<GbnfError> errors)
    {
        try
        {
            SkipSpace(newlineOk: true);
            while (!AtEnd)
            {
                ParseRule();
            }
        }
        catch (GbnfSyntaxException e)
        {
            var (line, column) = LineAndColumn(e.Position);
            errors.Add(new GbnfError(line, column, e.Message));
        }

        return _rules;
    }

    private void ParseRule()
    {
        var start = _pos;
        var name = ParseName();
        SkipSpace(newlineOk: false);
        if (string.CompareOrdinal(source, _pos, "::=", 0, 3) != 0)
        {
            throw Error("expecting '::='");
        }

        _pos += 3;
        SkipSpace(newlineOk: true);
        _references = [];
        var body = ParseAlternatives(nested: false);
        if (Current == '\r')
        {
            _pos += _pos + 1 < source.Length && source[_pos + 1] == '\n' ? 2 : 1;
        }
        else if (Current == '\n')
        {
            _pos++;
        }
        else if (!AtEnd)
        {
            throw Error($"expecting a newline or the end, found '{Current}'");
        }

        if (_rules.ContainsKey(name))
        {
            throw new GbnfSyntaxException($"rule '{name}' is defined twice", start);
        }

        _rules[name] = new GbnfRule(name, LineAndColumn(start).Line, body, _references);
        SkipSpace(newlineOk: true);
    }

    private GbnfNode ParseAlternatives(bool nested)
    {
        var alternatives = new List<GbnfNode> { ParseSequence(nested) };
        while (Current == '|')
        {
            _pos++;
            SkipSpace(newlineOk: true);
            alternatives.Add(ParseSequence(nested));
        }

        return alternatives.Count == 1 ? alternatives[0] : new GbnfChoice(alternatives);
    }

    private GbnfNode ParseSequence(bool nested)
    {
        var items = new List<GbnfNode>();
        while (!AtEnd)
        {
            var c = Current;
            if (c == '"')
            {
                _pos++;
                var empty = true;
                while (Current != '"')
                {
                    if (AtEnd)
                    {
                        throw Error("unterminated string literal");
                    }

                    ParseChar();
                    empty = false;
                }

                _pos++;
                items.Add(new GbnfTerminal(empty));
            }
            else if (c == '[')
            {
                _pos++;
                if (Current == '^')
                {
                    _pos++;
                }

                while (Current != ']')
                {
                    if (AtEnd)
                    {
                        throw Error("unterminated character class");
                    }

                    var low = ParseChar();
                    if (Current == '-' && _pos + 1 < source.Length && source[_pos + 1] != ']')
                    {
                        _pos++;
                        var high = ParseChar();
                        if (high < low)
                        {
                            throw Error("character range is reversed");
                        }
                    }
                }

                _pos++;
                items.Add(new GbnfTerminal(false));
            }
            else if (IsWordChar(c))
            {
                var (line, column) = LineAndColumn(_pos);
                var name = ParseName();
                _references.Add(new GbnfReference(name, line, column));
                items.Add(new GbnfRuleRef(name));
            }
            else if (c == '(')
            {
                _pos++;
                SkipSpace(newlineOk: true);
                var inner = ParseAlternatives(nested: true);
                if (Current != ')')
                {
                    throw Error("expecting ')'");
                }

                _pos++;
                items.Add(inner);
            }
            else if (c == '.')
            {
                _pos++;
                items.Add(new GbnfTerminal(false));
            }
            else if (c is '*' or '+' or '?' or '{')
            {
                if (items.Count == 0)
                {
                    throw Error($"'{c}' has no preceding item to repeat");
                }

                var min = c switch { '+' => 1, '{' => ParseBraces(nested), _ => 0 };
                if (c != '{')
                {
                    _pos++;
                }

                items[^1] = new GbnfRepeat(items[^1], min);
            }
            else
            {
                break;
            }

            SkipSpace(nested);
        }

        return new GbnfSequence(items);
    }

    /// <summary>{m}, {m,}, {m,n}: returns m and leaves the position after '}'.</summary>
    private int ParseBraces(bool nested)
    {
        _pos++;
        SkipSpace(nested);
        var min = ParseInt();
        SkipSpace(nested);
        if (Current == ',')
        {
            _pos++;
            SkipSpace(nested);
            if (char.IsAsciiDigit(Current))
            {
                var max = ParseInt();
                if (max < min)
                {
                    throw Error($"repetition maximum {max} is below its minimum {min}");
                }

                SkipSpace(nested);
            }
        }

        if (Current != '}')
        {
            throw Error("expecting '}'");
        }

        _pos++;
        return min;
    }

    private int ParseInt()
    {
        var start = _pos;
        while (char.IsAsciiDigit(Current))
        {
            _pos++;
        }

        if (start == _pos || !int.TryParse(source.AsSpan(start, _pos - start), out var value))
        {
            throw new GbnfSyntaxException("expecting a number", start);
        }

        return value;
    }

    private int ParseChar()
    {
        if (Current != '\\')
        {
            var value = char.ConvertToUtf32(source, _pos);
            _pos += char.IsHighSurrogate(source[_pos]) ? 2 : 1;
            return value;
        }

        var start = _pos;
        _pos++;
        var escape = Current;
        _pos++;
        switch (escape)
        {
            case 'x': return ParseHex(2, start);
            case 'u': return ParseHex(4, start);
            case 'U': return ParseHex(8, start);
            case 't': return '\t';
            case 'r': return '\r';
            case 'n': return '\n';
            case '\\' or '"' or '[' or ']': return escape;
            default: throw new GbnfSyntaxException($"unknown escape '\\{escape}'", start);
        }
    }

    private int ParseHex(int digits, int start)
    {
        var value = 0;
        for (var i = 0; i < digits; i++)
        {
            if (!char.IsAsciiHexDigit(Current))
            {
                throw new GbnfSyntaxException($"expecting {digits} hex digits", start);
            }

            value = value * 16 + Convert.ToInt32(Current.ToString(), 16);
            _pos++;
        }

        return value;
    }

    private string ParseName()
    {
        var start = _pos;
        while (IsWordChar(Current))
        {
            _pos++;
        }

        if (start == _pos)
        {
            throw Error("expecting a rule name");
        }

        return source[start.._pos];
    }

    private void SkipSpace(bool newlineOk)
    {
        while (!AtEnd)
        {
            var c = Current;
            if (c == '#')
            {
                while (!AtEnd && Current is not '\r' and not '\n')
                {
                    _pos++;
                }
            }
            else if (c is ' ' or '\t' || (newlineOk && c is '\r' or '\n'))
            {
                _pos++;
            }
            else
            {
                return;
            }
        }
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';

    private GbnfSyntaxException Error(string message) => new(message, _pos);

    private (int Line, int Column) LineAndColumn(int position)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < position && i < source.Length; i++)
        {
            if (source[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return (line, column);
    }
}

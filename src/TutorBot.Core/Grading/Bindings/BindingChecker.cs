using TutorBot.Core.Bank;
using TutorBot.Core.Phrasing;

namespace TutorBot.Core.Grading.Bindings;

/// <summary>
/// Checks a key point's bindings against an answer: a binding is made when one of its property wordings is said,
/// not denied, of one of its subjects. A property said of another subject of the point (a swap), or a contrast
/// pairing (a reversed direction, the wrong stage), is a confusion: the point earns nothing and the feedback names it.
/// </summary>
public static class BindingChecker
{
    public static BindingVerdict Check(PreparedBindings bindings, SentenceText text)
    {
        var subjects = new List<Mention>();
        for (var g = 0; g < bindings.Subjects.Count; g++)
        {
            foreach (var phrase in bindings.Subjects[g])
            {
                MentionFinder.Find(text, phrase, g, subjects);
            }
        }

        var properties = new List<Mention>();
        for (var b = 0; b < bindings.Binds.Count; b++)
        {
            foreach (var phrase in bindings.Binds[b].Property)
            {
                MentionFinder.Find(text, phrase, b, properties);
            }
        }

        for (var c = 0; c < bindings.Contrast.Count; c++)
        {
            foreach (var phrase in bindings.Contrast[c].Property)
            {
                MentionFinder.Find(text, phrase, bindings.Binds.Count + c, properties);
            }
        }

        if (properties.Count == 0)
        {
            return new BindingVerdict(0, false, null, "");
        }

        var mentions = new MentionSet(text, subjects, properties);
        var made = new HashSet<int>();
        var denied = false;
        var evidence = "";
        foreach (var mention in mentions.Properties)
        {
            var (subject, inSentence) = mentions.SubjectOf(mention, bindings.OwnGroups);
            if (subject < 0)
            {
                continue;
            }

            if (mention.Group >= bindings.Binds.Count)
            {
                var contrast = bindings.Contrast[mention.Group - bindings.Binds.Count];
                if (!mention.Negated && contrast.Group == subject && inSentence)
                {
                    return Confused(bindings, text, mention, subject, null);
                }

                continue;
            }

            var owners = bindings.OwnersOf(mention.Phrase).ToList();
            var ownedHere = owners.Contains(subject);
            if (mention.Negated)
            {
                denied |= ownedHere;
                continue;
            }

            // Said of a subject only another key point names: no evidence for this point, and no confusion of it.
            if (!ownedHere && subject < bindings.OwnGroups && inSentence)
            {
                return Confused(bindings, text, mention, subject, owners.FirstOrDefault());
            }

            if (!ownedHere)
            {
                continue;
            }

            for (var b = 0; b < bindings.Binds.Count; b++)
            {
                if (bindings.Binds[b].Group == subject && bindings.Binds[b].Property.Contains(mention.Phrase, StringComparer.OrdinalIgnoreCase) && made.Add(b) && evidence.Length == 0)
                {
                    evidence = text.SentenceAround(mention.Start);
                }
            }
        }

        // One binding of several made, none confused: the point is half made and more.
        var coverage = bindings.Binds.Count == 0 || made.Count == 0 ? 0 : (1 + made.Count / (double)bindings.Binds.Count) / 2;
        return new BindingVerdict(coverage, denied && made.Count == 0, null, evidence);
    }

    private static BindingVerdict Confused(PreparedBindings bindings, SentenceText text, Mention mention, int subject, int? owner)
    {
        var said = text.Original[mention.Start..mention.End];
        var wrongSubject = bindings.Subjects[subject][0];
        var point = bindings.Point.Text;
        var confusion = owner is { } rightful
            ? BothLanguages.Say(l => Phrases.PropertyOfAnotherSubject(l, said, wrongSubject, bindings.Subjects[rightful][0], point.For(l)))
            : BothLanguages.Say(l => Phrases.RelationReversed(l, said, wrongSubject, point.For(l)));
        return new BindingVerdict(0, false, confusion, text.SentenceAround(mention.Start));
    }
}

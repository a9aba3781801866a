using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using Reader.Core.Text;
using Reader.Core.VirtualCards;

namespace Reader.Host.Cards;

/// <summary>
/// A recorded or synthetic card in the corpus format (shared cards/README.md): exchanges to replay and what a
/// correct reader gets from the card. The project's own profiles (cards/ in this repo) use the same format plus an
/// optional <see cref="Identity"/> (UID, ATQA, SAK, ATS) for what the card shows when polled.
/// </summary>
public sealed class CardFile
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("source")] public string Source { get; set; } = "";
    [JsonPropertyName("scheme")] public string Scheme { get; set; } = "";
    [JsonPropertyName("form")] public string Form { get; set; } = "card";
    [JsonPropertyName("pan_kind")] public string PanKind { get; set; } = "";
    [JsonPropertyName("notes")] public string Notes { get; set; } = "";
    [JsonPropertyName("identity")] public CardIdentity Identity { get; set; }
    [JsonPropertyName("exchanges")] public List<CardExchange> Exchanges { get; set; } = new();
    [JsonPropertyName("expect")] public CardExpectation Expect { get; set; } = new();

    /// <summary>The file it was read from (not part of the JSON).</summary>
    [JsonIgnore] public string Path { get; set; } = "";

    private static readonly JsonSerializerOptions Options = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads one card file. Throws <see cref="InvalidDataException"/> with the file name on bad content.</summary>
    public static CardFile Load(string path)
    {
        CardFile card;
        try
        {
            card = JsonSerializer.Deserialize<CardFile>(File.ReadAllText(path), Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a card file ({e.Message})", e);
        }
        if (card == null) throw new InvalidDataException($"{path}: empty card file");
        card.Path = path;
        card.Validate();
        return card;
    }

    /// <summary>Every card file named, with folders expanded to their *.json files in name order.</summary>
    public static List<CardFile> LoadAll(IEnumerable<string> paths)
    {
        var cards = new List<CardFile>();
        foreach (string path in paths)
        {
            if (Directory.Exists(path))
            {
                string[] files = Directory.GetFiles(path, "*.json");
                Array.Sort(files, StringComparer.Ordinal);
                foreach (string file in files) cards.Add(Load(file));
            }
            else if (File.Exists(path))
            {
                cards.Add(Load(path));
            }
            else
            {
                throw new FileNotFoundException($"no such card file or folder: {path}", path);
            }
        }
        return cards;
    }

    /// <summary>A fresh virtual card answering from this file's exchanges under the replay contract.</summary>
    public ScriptedCard ToVirtualCard()
    {
        var commands = new byte[Exchanges.Count][];
        var responses = new byte[Exchanges.Count][];
        for (int i = 0; i < Exchanges.Count; i++)
        {
            commands[i] = Hex.Parse(Exchanges[i].Command);
            responses[i] = Hex.Parse(Exchanges[i].Response);
        }
        if (Identity == null) return new ScriptedCard(commands, responses);
        return new ScriptedCard(commands, responses,
            Hex.Parse(Identity.Uid), Identity.Atqa, Identity.Sak,
            string.IsNullOrEmpty(Identity.Ats) ? null : Hex.Parse(Identity.Ats));
    }

    private void Validate()
    {
        for (int i = 0; i < Exchanges.Count; i++)
        {
            CardExchange x = Exchanges[i];
            if (Hex.TryParse(x.Command) == null || Hex.TryParse(x.Command).Length < 4)
                throw new InvalidDataException($"{Path}: exchange {i + 1}: command is not a hex APDU");
            if (Hex.TryParse(x.Response) == null)
                throw new InvalidDataException($"{Path}: exchange {i + 1}: response is not hex");
        }
        if (Expect.Outcome != "id" && Expect.Outcome != "no-id")
            throw new InvalidDataException($"{Path}: expect.outcome must be \"id\" or \"no-id\"");
        if (Identity != null && (Hex.TryParse(Identity.Uid) is not { Length: 4 or 7 or 10 }))
            throw new InvalidDataException($"{Path}: identity.uid must be 4, 7 or 10 bytes of hex");
    }
}

public sealed class CardExchange
{
    /// <summary>Command APDU, hex.</summary>
    [JsonPropertyName("c")] public string Command { get; set; } = "";

    /// <summary>The card's reply (data + SW1 SW2), hex, kept as recorded even when malformed.</summary>
    [JsonPropertyName("r")] public string Response { get; set; } = "";
}

public sealed class CardExpectation
{
    /// <summary>"id" or "no-id".</summary>
    [JsonPropertyName("outcome")] public string Outcome { get; set; } = "";

    /// <summary>For "id": the exact PAN a correct reader gets. Never print it unmasked.</summary>
    [JsonPropertyName("pan")] public string Pan { get; set; }

    /// <summary>For "no-id": why (luhn-fail, no-pan, card-refused, no-application, not-emv, ...). Informative.</summary>
    [JsonPropertyName("reason")] public string Reason { get; set; }

    /// <summary>Profiles only: the expected ID when it is not derived from a PAN (UID cards).</summary>
    [JsonPropertyName("id")] public string Id { get; set; }
}

/// <summary>What a profile's card shows when polled (type A). Absent: a random 08 UID, ATQA 0004, SAK 20, typical ATS.</summary>
public sealed class CardIdentity
{
    [JsonPropertyName("uid")] public string Uid { get; set; } = "08A1B2C3";
    [JsonPropertyName("atqa")] public int Atqa { get; set; } = 0x0004;
    [JsonPropertyName("sak")] public byte Sak { get; set; } = 0x20;
    [JsonPropertyName("ats")] public string Ats { get; set; } = "0578807002";
}

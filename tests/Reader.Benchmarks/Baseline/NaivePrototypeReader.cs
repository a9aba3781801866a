using System;
using Reader.Core.Ports;

namespace Reader.Benchmarks.Baseline;

/// <summary>
/// The strategy of the original prototype, kept only as the baseline the benchmarks compare the EMV engine with:
/// SELECT PPSE, SELECT the first 7-byte AID found (bytes 4F 07), one GPO with the PDOL zero-filled except TTQ,
/// then six fixed READ RECORDs (SFI 1 records 1-3, SFI 2 records 1-2, SFI 3 record 1), searching every
/// response for <c>57 13</c> (track 2 equivalent) or <c>5A 08</c> (8-byte PAN). No status-word handling, no AFL,
/// no fallback selection, no Luhn check. Never used by the reader.
/// </summary>
public sealed class NaivePrototypeReader
{
    private static readonly byte[] SelectPpse =
    {
        0x00, 0xA4, 0x04, 0x00, 0x0E, 0x32, 0x50, 0x41, 0x59, 0x2E, 0x53, 0x59, 0x53, 0x2E, 0x44, 0x44, 0x46, 0x30, 0x31, 0x00,
    };

    private static readonly byte[][] FixedRecords =
    {
        new byte[] { 0x00, 0xB2, 0x01, 0x0C, 0x00 },
        new byte[] { 0x00, 0xB2, 0x02, 0x0C, 0x00 },
        new byte[] { 0x00, 0xB2, 0x03, 0x0C, 0x00 },
        new byte[] { 0x00, 0xB2, 0x01, 0x14, 0x00 },
        new byte[] { 0x00, 0xB2, 0x02, 0x14, 0x00 },
        new byte[] { 0x00, 0xB2, 0x01, 0x1C, 0x00 },
    };

    private readonly ICardLink _link;
    private readonly byte[] _response = new byte[300];
    private readonly byte[] _command = new byte[300];

    public NaivePrototypeReader(ICardLink link) => _link = link;

    /// <summary>APDUs sent by the last read.</summary>
    public int ApduCount { get; private set; }

    /// <summary>Command + response bytes of the last read (APDU level).</summary>
    public int ByteCount { get; private set; }

    /// <summary>Reads the card; returns the PAN digits found, or null. The PAN is not Luhn-checked (as the prototype).</summary>
    public string Read()
    {
        ApduCount = 0;
        ByteCount = 0;
        var target = new CardTarget();
        if (_link.Poll(target) != LinkStatus.Ok) return null;
        try
        {
            int n = Exchange(SelectPpse, SelectPpse.Length);
            if (n < 0) return null;
            int aid = IndexOf(_response, n, 0x4F, 0x07);
            if (aid < 0) return null;

            // SELECT the AID.
            _command[0] = 0x00; _command[1] = 0xA4; _command[2] = 0x04; _command[3] = 0x00; _command[4] = 0x07;
            Array.Copy(_response, aid + 2, _command, 5, 7);
            _command[12] = 0x00;
            n = Exchange(_command, 13);
            if (n < 0) return null;

            int length = BuildGpo(n);
            n = Exchange(_command, length);
            if (n < 0) return null;
            string pan = FindPan(n);
            foreach (byte[] record in FixedRecords)
            {
                if (pan != null) break;
                n = Exchange(record, record.Length);
                if (n < 0) return null;
                pan = FindPan(n);
            }
            return pan;
        }
        finally
        {
            _link.Release();
        }
    }

    /// <summary>GPO with every PDOL entry zero-filled at its requested length, TTQ (9F66) set to F6 20 C0 00.</summary>
    private int BuildGpo(int selectLength)
    {
        byte[] select = new byte[selectLength];
        Array.Copy(_response, select, selectLength);
        int pdol = IndexOf(select, selectLength, 0x9F, 0x38);
        int dataLength = 0;
        byte[] data = new byte[255];
        if (pdol >= 0 && pdol + 2 < selectLength)
        {
            int listLength = select[pdol + 2];
            int p = pdol + 3;
            int end = Math.Min(selectLength, p + listLength);
            while (p < end)
            {
                int tag = select[p++];
                if ((tag & 0x1F) == 0x1F && p < end) tag = (tag << 8) | select[p++];
                if (p >= end) break;
                int len = select[p++];
                if (dataLength + len > data.Length) break;
                if (tag == 0x9F66 && len == 4)
                {
                    data[dataLength] = 0xF6; data[dataLength + 1] = 0x20; data[dataLength + 2] = 0xC0; data[dataLength + 3] = 0x00;
                }
                dataLength += len;
            }
        }
        _command[0] = 0x80; _command[1] = 0xA8; _command[2] = 0x00; _command[3] = 0x00;
        _command[4] = (byte)(dataLength + 2);
        _command[5] = 0x83; _command[6] = (byte)dataLength;
        Array.Copy(data, 0, _command, 7, dataLength);
        _command[7 + dataLength] = 0x00;
        return 8 + dataLength;
    }

    private string FindPan(int length)
    {
        int t2 = IndexOf(_response, length, 0x57, 0x13);
        if (t2 >= 0) return Digits(t2 + 2, Math.Min(0x13, length - t2 - 2), true);
        int pan = IndexOf(_response, length, 0x5A, 0x08);
        if (pan >= 0) return Digits(pan + 2, Math.Min(8, length - pan - 2), false);
        return null;
    }

    private string Digits(int offset, int count, bool stopAtSeparator)
    {
        var chars = new char[count * 2];
        int n = 0;
        for (int i = 0; i < count * 2; i++)
        {
            int nibble = (i & 1) == 0 ? _response[offset + i / 2] >> 4 : _response[offset + i / 2] & 0x0F;
            if (nibble > 9) break;
            chars[n++] = (char)('0' + nibble);
        }
        return n == 0 ? null : new string(chars, 0, n);
    }

    private int Exchange(byte[] command, int length)
    {
        ApduCount++;
        if (_link.Exchange(command, length, _response, out int n) != LinkStatus.Ok) return -1;
        ByteCount += length + n;
        return n;
    }

    private static int IndexOf(byte[] data, int length, byte first, byte second)
    {
        for (int i = 0; i + 1 < length; i++)
        {
            if (data[i] == first && data[i + 1] == second) return i;
        }
        return -1;
    }
}

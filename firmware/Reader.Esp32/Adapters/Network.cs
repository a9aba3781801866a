using System;
using System.Device.Wifi;
using System.Threading;
using nanoFramework.Networking;
using Reader.Core.Ports;

namespace Reader.Esp32.Adapters
{
    /// <summary>
    /// Optional Wi-Fi and network time. The reader reads cards and sends Wiegand without any network; this only sets
    /// the clock. Runs on its own thread so a missing or slow access point never delays the first card read.
    /// The ESP32 firmware starts SNTP by itself when it gets an IP address (0.pool.ntp.org, 1.pool.ntp.org); this
    /// class starts it explicitly too, with the site's servers when given.
    /// </summary>
    public sealed class Network
    {
        public const int ConnectTimeoutMs = 30000;

        private readonly string _ssid;
        private readonly string _password;
        private readonly string _ntpServer;
        private readonly ILogSink _log;
        private Thread _thread;

        /// <summary>Whether the last connection attempt got an IP address.</summary>
        public bool Connected { get; private set; }

        public Network(string ssid, string password, string ntpServer, ILogSink log)
        {
            _ssid = ssid;
            _password = password;
            _ntpServer = ntpServer;
            _log = log;
        }

        /// <summary>Starts the connection in the background; returns at once. Does nothing without an SSID.</summary>
        public void Start()
        {
            if (_ssid == null || _ssid.Length == 0)
            {
                _log.Log("net: no Wi-Fi configured, offline (clock from RTC)");
                return;
            }

            _thread = new Thread(Run);
            _thread.Start();
        }

        private void Run()
        {
            try
            {
                // The SSID is site data, fine to log; the password never is.
                _log.Log("net: connecting to " + _ssid);
                var cancel = new CancellationTokenSource(ConnectTimeoutMs);
                Connected = WifiNetworkHelper.ConnectDhcp(_ssid, _password, WifiReconnectionKind.Automatic, false, 0, cancel.Token);
                if (!Connected)
                {
                    _log.Log("net: Wi-Fi not connected (status " + ((int)WifiNetworkHelper.Status).ToString() + "), offline");
                    return;
                }

                if (_ntpServer != null && _ntpServer.Length > 0) Sntp.Server1 = _ntpServer;
                if (!Sntp.IsStarted) Sntp.Start();
                Sntp.UpdateNow();
                _log.Log("net: connected, SNTP started");
            }
            catch (Exception)
            {
                Connected = false;
                _log.Log("net: Wi-Fi start failed, offline");
            }
        }
    }
}

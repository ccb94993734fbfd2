global using System.Collections.Concurrent;
global using System.Globalization;
global using System.Text;
global using System.Xml.Linq;
global using Microsoft.AspNetCore.Http;

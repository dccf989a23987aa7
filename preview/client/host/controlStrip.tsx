/** Demo switches for the sandbox's faults, through the preview server's control proxy. */
import { useEffect, useState } from 'react';
import { previewApi, type SandboxConfig } from './previewApi';

const LATENCIES = [0, 80, 300];
const STORM_RATE = 0.5;

interface Switches {
  latencyMs: number;
  storm: boolean;
  down: boolean;
  searchLag: boolean;
}

/** The switches a (full or partial) config means; what a partial one leaves out stays as `base`. */
function switchesOf(config: SandboxConfig, base?: Switches): Switches {
  const rates = config.faults?.rates ?? {};
  const storm = rates['429-ten-secondly'];
  const down = rates['503'];
  return {
    latencyMs: config.latency?.default?.fixedMs ?? base?.latencyMs ?? 0,
    storm: storm === undefined ? (base?.storm ?? false) : storm > 0,
    down: down === undefined ? (base?.down ?? false) : down >= 1,
    searchLag: config.indexLagMs === undefined ? (base?.searchLag ?? false) : config.indexLagMs > 0,
  };
}

export function ControlStrip({
  enabled,
  defaultLagMs,
}: {
  enabled: boolean;
  defaultLagMs: number;
}) {
  const [switches, setSwitches] = useState<Switches | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!enabled) return;
    previewApi.getSandboxConfig().then(
      (config) => setSwitches(switchesOf(config)),
      (e: Error) => setError(e.message),
    );
  }, [enabled]);

  if (!enabled)
    return (
      <div className="control-strip control-strip--live">
        Live mode: the cards call your real HubSpot portal. Fault switches are off.
      </div>
    );

  const apply = (patch: SandboxConfig) => {
    // Show the switch flipped at once; the sandbox's answer then confirms or corrects it.
    setSwitches((current) => (current ? { ...current, ...switchesOf(patch, current) } : current));
    return previewApi.patchSandboxConfig(patch).then(
      (config) => {
        setError(null);
        setSwitches(switchesOf(config));
      },
      (e: Error) => setError(e.message),
    );
  };

  return (
    <div className="control-strip" data-testid="control-strip">
      <span className="control-strip__title">Sandbox</span>
      <span className="control-strip__group" role="group" aria-label="Latency">
        Latency
        {LATENCIES.map((ms) => (
          <button
            key={ms}
            type="button"
            className={switches?.latencyMs === ms ? 'chip chip--on' : 'chip'}
            aria-pressed={switches?.latencyMs === ms}
            onClick={() =>
              apply({ latency: { default: { fixedMs: ms, jitterMs: Math.round(ms / 4) } } })
            }
          >
            {ms} ms
          </button>
        ))}
      </span>
      <label className="control-strip__switch">
        <input
          type="checkbox"
          checked={switches?.storm ?? false}
          onChange={(e) =>
            apply({
              faults: { rates: { '429-ten-secondly': e.currentTarget.checked ? STORM_RATE : 0 } },
            })
          }
        />
        429 storm (50% of calls)
      </label>
      <label className="control-strip__switch">
        <input
          type="checkbox"
          checked={switches?.down ?? false}
          onChange={(e) => apply({ faults: { rates: { '503': e.currentTarget.checked ? 1 : 0 } } })}
        />
        HubSpot down (503)
      </label>
      <label className="control-strip__switch">
        <input
          type="checkbox"
          checked={switches?.searchLag ?? false}
          onChange={(e) => apply({ indexLagMs: e.currentTarget.checked ? defaultLagMs : 0 })}
        />
        Search lag
      </label>
      {error ? <span className="control-strip__error">{error}</span> : null}
    </div>
  );
}

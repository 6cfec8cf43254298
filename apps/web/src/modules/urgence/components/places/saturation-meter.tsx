import type { StructureView } from "@zero/schemas";

/** Saturation as a bar and in words; the words carry the information, the bar repeats it. */
export function SaturationMeter({ today }: { today: StructureView["today"] }) {
  if (today.saturation === null) {
    return <p className="zero-saturation-text">Pas encore de déclaration pour ce soir.</p>;
  }
  const percent = Math.round(today.saturation * 100);
  const level = percent >= 95 ? "full" : percent >= 80 ? "high" : "ok";
  return (
    <div className="zero-saturation">
      <p className="zero-saturation-text">
        Saturation : <strong>{percent} %</strong> — {today.freeUnits} place{today.freeUnits > 1 ? "s" : ""} (ou unités) libre
        {today.freeUnits > 1 ? "s" : ""} sur {today.capacityUnits}.
      </p>
      <div className="zero-saturation-bar" aria-hidden="true">
        <span data-level={level} style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

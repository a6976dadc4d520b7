import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import type { ReactNode } from 'react';

export interface PreferenceMenuPopupProps<T extends string> {
  id: string;
  anchor: HTMLElement | null;
  items: { value: T; text: ReactNode }[];
  selected: T;
  onClose: () => void;
  onChoose: (value: T) => void;
}

/** The open menu: its own chunk, as Menu brings Popover, Modal and focus trapping the sign-in page needs only on click. */
export default function PreferenceMenuPopup<T extends string>({
  id,
  anchor,
  items,
  selected,
  onClose,
  onChoose,
}: PreferenceMenuPopupProps<T>) {
  return (
    <Menu id={id} anchorEl={anchor} open={anchor !== null} onClose={onClose}>
      {items.map((item) => (
        <MenuItem
          key={item.value}
          role="menuitemradio"
          aria-checked={item.value === selected}
          selected={item.value === selected}
          onClick={() => {
            onClose();
            onChoose(item.value);
          }}
        >
          <ListItemText>{item.text}</ListItemText>
        </MenuItem>
      ))}
    </Menu>
  );
}

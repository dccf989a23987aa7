/**
 * Component name (as the SDK's remote components are named) -> HTML implementation.
 * Names the map lacks get a visible placeholder instead of remote-ui's "Unknown component" throw.
 */
import { createController, type Controller } from '@remote-ui/react/host';
import type { ComponentType } from 'react';
import {
  CrmActionButton,
  CrmActionLink,
  Button,
  Dropdown,
  DropdownButtonItem,
  LoadingButton,
} from './buttons';
import {
  Accordion,
  Alert,
  DescriptionList,
  DescriptionListItem,
  EmptyState,
  ErrorState,
  LoadingSpinner,
  ProgressBar,
  Statistics,
  StatisticsItem,
  StatisticsTrend,
} from './feedback';
import {
  Checkbox,
  CurrencyInput,
  DateInput,
  Form,
  Input,
  MultiSelect,
  NumberInput,
  RadioButton,
  SearchInput,
  Select,
  StepperInput,
  TextArea,
  TimeInput,
  Toggle,
  ToggleGroup,
} from './inputs';
import {
  AutoGrid,
  Box,
  ButtonRow,
  Card,
  Divider,
  Flex,
  Inline,
  List,
  Spacer,
  Stack,
  Tile,
} from './layout';
import {
  Modal,
  ModalBody,
  ModalFooter,
  Panel,
  PanelBody,
  PanelFooter,
  PanelSection,
} from './overlayComponents';
import { createPlaceholder } from './placeholder';
import {
  Table,
  TableBody,
  TableCell,
  TableFooter,
  TableHead,
  TableHeader,
  TableRow,
} from './table';
import { Tab, Tabs } from './tabs';
import { Heading, Icon, Illustration, Image, Link, StatusTag, Tag, Text, Tooltip } from './text';

// The SDK's own prop types are wider than what each implementation reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyComponent = ComponentType<any>;

export const HTML_COMPONENTS: Record<string, AnyComponent> = {
  Accordion,
  Alert,
  AutoGrid,
  Box,
  Button,
  ButtonRow,
  Card,
  Checkbox,
  CrmActionButton,
  CurrencyInput,
  CrmActionLink,
  DateInput,
  DescriptionList,
  DescriptionListItem,
  Divider,
  Dropdown,
  DropdownButtonItem,
  EmptyState,
  ErrorState,
  Flex,
  Form,
  Heading,
  Icon,
  Illustration,
  Image,
  Inline,
  Input,
  Link,
  List,
  LoadingButton,
  LoadingSpinner,
  Modal,
  ModalBody,
  ModalFooter,
  MultiSelect,
  NumberInput,
  Panel,
  PanelBody,
  PanelFooter,
  PanelSection,
  ProgressBar,
  RadioButton,
  SearchInput,
  Select,
  Spacer,
  Stack,
  Statistics,
  StatisticsItem,
  StatisticsTrend,
  StatusTag,
  StepperInput,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableFooter,
  TableHead,
  TableHeader,
  TableRow,
  Tabs,
  Tag,
  Text,
  TextArea,
  Textarea: TextArea,
  Tile,
  TimeInput,
  Toggle,
  ToggleGroup,
  Tooltip,
};

export function createPreviewController(): Controller {
  const base = createController(HTML_COMPONENTS);
  const placeholders = new Map<string, AnyComponent>();
  return {
    renderer: base.renderer,
    get(type) {
      const name = String(type);
      const known = HTML_COMPONENTS[name];
      if (known) return known;
      let placeholder = placeholders.get(name);
      if (!placeholder) {
        placeholder = createPlaceholder(name);
        placeholders.set(name, placeholder);
      }
      return placeholder;
    },
  };
}
